package nl.jeugdregie.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a typed request body has in error paths ({@code request}, {@code declaration}): the
 * domain parser names its fields {@code request.clientBsn}, so a shape error of the same body says
 * {@code request.clientBsn} too, and a client maps every error of one body the same way (issue 11).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface BodyRoot {
  String value();
}
