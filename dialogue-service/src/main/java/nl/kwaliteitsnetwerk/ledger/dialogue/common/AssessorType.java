package nl.kwaliteitsnetwerk.ledger.dialogue.common;

/** Where an assessor comes from; every type but NETWORK is an external member. */
public enum AssessorType {
    /** trained by and working for the network (auditor, dialogue facilitator) */
    NETWORK,
    /** a peer (vakgenoot) from another member institution */
    PEER,
    /** an independent expert */
    INDEPENDENT_EXPERT,
    /** a stakeholder: student, employer, alumnus, regional partner */
    STAKEHOLDER
}
