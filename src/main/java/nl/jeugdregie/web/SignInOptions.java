package nl.jeugdregie.web;

/**
 * How people can sign in on the pages, for the sign-in form to offer just those: with a name and
 * password (the demo accounts) and/or at the organisation's OIDC issuer.
 */
public record SignInOptions(boolean passwords, boolean organisation) {}
