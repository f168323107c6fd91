package nl.jeugdregie.shared;

/**
 * What a user does in the client route, as the issue and the regions name the roles; {@link
 * #claim()} is the name used in OIDC role claims and demo accounts.
 */
public enum Role {
  /** Access team (gemeentelijke toegang): sees and decides its municipalities' residents. */
  ACCESS_TEAM("TOEGANG"),
  /** A provider (aanbieder), by AGB code: sees only its own clients and requests. */
  PROVIDER("AANBIEDER"),
  /** Contract manager of a region: no BSN or names, only pseudonymised client ids. */
  CONTRACT_MANAGER("CONTRACT"),
  /** Policy advisor: aggregates only. */
  POLICY("BELEID"),
  /** Administrator: everything, including the audit log. */
  ADMIN("ADMIN");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  public String claim() {
    return claim;
  }

  /** The role with this claim name ("TOEGANG") or enum name ("ACCESS_TEAM"). */
  public static Role fromClaim(String text) {
    for (Role role : values()) {
      if (role.claim.equalsIgnoreCase(text) || role.name().equalsIgnoreCase(text)) return role;
    }
    throw new IllegalArgumentException("unknown role '" + text + "'");
  }

  /** Whether this role may see a client's BSN, name and birth date. */
  public boolean seesPersonalData() {
    return this == ACCESS_TEAM || this == PROVIDER || this == ADMIN;
  }
}
