package nl.netwerkregie.command.theme;

import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.springframework.stereotype.Component;

/**
 * Seals the free texts of a theme that speak of one person (an ingredient of kind PERSON, a remark heard
 * from someone) with that person's key before they enter a command, so that an erasure of the person
 * reaches them. No key is ever made here: a refused command leaves nothing behind in the key store.
 */
@Component
class PersonalTexts {
    private final PersonalDataVault vault;

    PersonalTexts(PersonalDataVault vault) {
        this.vault = vault;
    }

    /**
     * {@code text} sealed with {@code person}'s key. When the person has no key in {@code municipality} (an
     * organisation without contact details, or no such actor here): {@code null} if {@code mayStayPlain}, else
     * a refusal naming {@code field}. An erased person: {@code 409 actor-erased}.
     */
    SealedPersonalData seal(
            ActorId person, MunicipalityCode municipality, String text, String field, boolean mayStayPlain) {
        return switch (vault.keyState(person.value(), municipality.value())) {
            case LIVE -> vault.sealText(person.value(), municipality.value(), text);
            case ERASED ->
                throw new RuleViolationException(
                        "actor-erased",
                        field,
                        "this person's personal data was erased; nothing more is recorded about them");
            case NONE -> {
                if (mayStayPlain) {
                    yield null;
                }
                throw new InvalidInputException(
                        field,
                        "must be a person registered with personal data in this municipality "
                                + "(leave out the text to refer to an actor without personal data)");
            }
        };
    }
}
