/** A file the import cannot read, with a reason a person can act on (the handler shows it by the file input). */
export class ImportRefused extends Error {}
