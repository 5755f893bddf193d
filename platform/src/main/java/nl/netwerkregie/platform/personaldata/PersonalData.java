package nl.netwerkregie.platform.personaldata;

/**
 * A person's name and contact details in the clear. Exists only in memory: it is sealed before it
 * enters a command and opened only when a view is served.
 *
 * @param name  the name, never {@code null}
 * @param email an e-mail address, or {@code null}
 * @param phone a phone number, or {@code null}
 */
public record PersonalData(String name, String email, String phone) {}
