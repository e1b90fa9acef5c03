/** A record's label ("partnership", "status-change request") as it starts a sentence: "Partnership 7 does not exist." */
export const capitalise = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
