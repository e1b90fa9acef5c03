/** The password rule, the same on both sides: the UI checks it before sending, the server enforces it. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
