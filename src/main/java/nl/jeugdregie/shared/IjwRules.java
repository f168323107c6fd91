package nl.jeugdregie.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The iJw 3.2 rules (CD, CS, TR codes of the official rule export) a class implements. {@code
 * jeugdregie ijw rules} finds every class carrying it and reports each rule of the export as
 * implemented, not applicable or missing, so the annotation sits on the code that does the work,
 * never on a list kept beside it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IjwRules {

  /** The rule codes, e.g. {@code "TR307"}. */
  String[] value();

  /**
   * Rules of the export that cannot apply to what this class handles, each as {@code "CODE: why"}
   * (e.g. a rule on a kind of allocation this system never makes), said where the rule would live.
   */
  String[] notApplicable() default {};
}
