package nl.netwerkregie.values;

/** An actor is a person (whose name and contact details are personal data) or an organisation. */
public enum ActorType {
    PERSON,
    ORGANISATION
}
