import { z } from 'zod';
import { defineMethod } from '../api/method';
import { dayInZone } from '../model/calendarDay';
import { directoryDocx } from './export/directoryDocx';
import { directoryDocxFileName, directoryPackageFileName, pocketCardFileName } from './export/fileNames';
import { pocketCardDocx } from './export/pocketCard';
import { directoryPackage } from './hsds/write';

export const directoryMethods = {
  exportPocketCardDocx: defineMethod({
    summary:
      'Saves the pocket resource card (.docx): one letter page in two columns to fold, receiving facilities and 24-hour services first. Null if the person cancelled.',
    input: z.strictObject({}),
    async handle(_input, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      return context.saveExport(
        pocketCardFileName(doc.coalition.name, today),
        'docx',
        await pocketCardDocx(doc, today),
      );
    },
  }),
  exportDirectoryDocx: defineMethod({
    summary:
      'Saves the full resource directory (.docx), grouped by kind of service in the coalition’s order. Null if the person cancelled.',
    input: z.strictObject({}),
    async handle(_input, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      return context.saveExport(
        directoryDocxFileName(doc.coalition.name, today),
        'docx',
        await directoryDocx(doc, today),
      );
    },
  }),
  exportDirectoryPackage: defineMethod({
    summary:
      'Saves the directory as an Open Referral (HSDS 3.0) data package: a .zip of CSV files with datapackage.json. Null if the person cancelled.',
    input: z.strictObject({}),
    async handle(_input, context) {
      const { doc } = context.requireSession();
      const today = dayInZone(context.now(), doc.coalition.timeZone);
      return context.saveExport(directoryPackageFileName(doc.coalition.name, today), 'zip', directoryPackage(doc));
    },
  }),
};
