import type { FileChild } from 'docx';

/**
 * A print as a part of a larger document: what renderDocx needs of it except the coalition's
 * name. A feature's Word builder returns its part, so one print can stand alone (renderDocx) or
 * sit beside others in one document (a meeting packet) without being built twice.
 */
export interface DocxPart {
  title: string;
  subtitle?: string;
  body: FileChild[];
}
