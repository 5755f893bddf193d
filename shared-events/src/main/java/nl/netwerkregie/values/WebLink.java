package nl.netwerkregie.values;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A link to where something can be read or seen: an absolute {@code http} or {@code https} address of at most {@value #MAX} characters. */
public record WebLink(String value) {
    public static final int MAX = 2000;

    public WebLink {
        if (!StoredForm.isBeingRead()) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("must not be blank");
            }
            if (value.length() > MAX) {
                throw new IllegalArgumentException("must be at most " + MAX + " characters");
            }
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("must be an absolute http or https address");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an absolute http or https address");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
