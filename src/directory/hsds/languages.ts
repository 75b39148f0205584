/** ISO 639-1 codes of languages a directory often names, so an HSDS reader can match them by code. */
const CODES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  vietnamese: 'vi',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  korean: 'ko',
  tagalog: 'tl',
  arabic: 'ar',
  russian: 'ru',
  french: 'fr',
  'haitian creole': 'ht',
  portuguese: 'pt',
  somali: 'so',
  hmong: 'hmn',
  'american sign language': 'ase',
  asl: 'ase',
};

export function languageCode(name: string): string {
  return CODES[name.trim().toLowerCase()] ?? '';
}

/** A language row that gives only a code is named from it. */
export function languageFromCode(code: string): string | undefined {
  const key = code.trim().toLowerCase();
  const found = Object.entries(CODES).find(([, c]) => c === key);
  return found && found[0] !== 'asl' ? found[0].replace(/\b\w/g, (ch) => ch.toUpperCase()) : undefined;
}
