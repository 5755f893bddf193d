package nl.netwerkregie.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.netwerkregie.platform.security.Account;
import nl.netwerkregie.platform.web.CorrelationFilter;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.Texts;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command with the metadata every event it causes must carry: who recorded it (the
 * subject of the caller's token: a pseudonymous account id), the request's correlation id and the
 * optional reason. Blocks until the events are stored or the command is refused.
 */
@Component
public class CommandDispatch {
    public static final int MAX_REASON = 1000;
    /**
     * An account identifier, never a person's name or e-mail address: names are personal data and
     * metadata is not encrypted. A letter or digit, then up to 99 letters, digits, {@code .}, {@code _}
     * or {@code -}; no {@code @}, so it cannot hold an e-mail address.
     */
    private static final Pattern ACCOUNT = Pattern.compile(nl.netwerkregie.platform.web.ApiDocs.ACCOUNT_PATTERN);

    private static final Pattern IF_MATCH = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private final CommandGateway gateway;
    private final Clock clock;
    private final MeterRegistry meters;

    CommandDispatch(CommandGateway gateway, Clock clock, MeterRegistry meters) {
        this.gateway = gateway;
        this.clock = clock;
        this.meters = meters;
    }

    /** Today in the municipalities' time zone: the effective date when a request gives none. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The signed-in account's subject: who records what the request causes. */
    public static String recordedBy() {
        return Account.current().map(Account::subject).orElse(null);
    }

    /** Reads and checks the metadata fields of a request, adding any fault to {@code inputs}. */
    public Recording recording(HttpServletRequest request, Inputs inputs, String reason, LocalDate effectiveDate) {
        String recordedBy = recordedBy();
        if (recordedBy == null || !ACCOUNT.matcher(recordedBy).matches()) {
            // the identity provider's subject is an account id; one that looks like a name or address is not taken
            inputs.reject(
                    "Authorization",
                    "the token's subject must be an account identifier: a letter or digit, then up to 99 letters, "
                            + "digits or ._- (never a name or an e-mail address)");
        }
        String checkedReason = inputs.optional("reason", reason, r -> Texts.require(r, MAX_REASON, true));
        LocalDate date = effectiveDate == null ? today() : effectiveDate;
        if (date.isAfter(today())) {
            inputs.reject("effectiveDate", "must not lie in the future");
        }
        Long expectedVersion = null;
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && !ifMatch.strip().equals("*")) {
            java.util.regex.Matcher m = IF_MATCH.matcher(ifMatch.strip());
            if (m.matches()) {
                expectedVersion = Long.parseLong(m.group(1));
            } else {
                inputs.reject("If-Match", "must be the ETag of the theme's last response, e.g. \"3\"");
            }
        }
        return new Recording(
                recordedBy,
                (String) request.getAttribute(CorrelationFilter.ATTRIBUTE),
                checkedReason,
                date,
                expectedVersion);
    }

    /**
     * Sends the command and waits; a refusal arrives as the exception the handler threw.
     *
     * @return the version of the aggregate after the command: the sequence number of its last event
     *         (0 for a command that creates the aggregate)
     */
    public long send(Object command, Recording recording) {
        Object result = sendForResult(command, recording);
        return result instanceof Long version ? version : 0L;
    }

    /** Sends the command and waits, like {@link #send}, and answers what its handler returned. */
    public Object sendForResult(Object command, Recording recording) {
        Map<String, Object> meta = new HashMap<>();
        meta.put("recordedBy", recording.recordedBy());
        meta.put("correlationId", recording.correlationId());
        if (recording.reason() != null) {
            meta.put("reason", recording.reason());
        }
        if (recording.expectedVersion() != null) {
            meta.put(ExpectedVersionTargetResolver.METADATA, recording.expectedVersion());
        }
        Timer.Sample sample = Timer.start(meters);
        String outcome = "accepted";
        try {
            return gateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(meta)));
        } catch (RuntimeException e) {
            outcome = "refused";
            throw e;
        } finally {
            // netwerkregie_commands_seconds_count is the command rate, per command and outcome
            sample.stop(Timer.builder("netwerkregie.commands")
                    .description("Commands handled, with their duration")
                    .tag("command", command.getClass().getSimpleName())
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    /**
     * Who recorded a command, under which correlation id, why, with which effective date, and the version
     * the caller expects the theme to have ({@code null}: apply to whatever version is current).
     */
    public record Recording(
            String recordedBy, String correlationId, String reason, LocalDate effectiveDate, Long expectedVersion) {
        public Recording(String recordedBy, String correlationId, String reason, LocalDate effectiveDate) {
            this(recordedBy, correlationId, reason, effectiveDate, null);
        }
    }
}
