export const pocketCardFileName = (coalitionName: string, today: string) =>
  `${coalitionName} pocket resource card ${today}`;
export const directoryDocxFileName = (coalitionName: string, today: string) =>
  `${coalitionName} resource directory ${today}`;
export const directoryPackageFileName = (coalitionName: string, today: string) =>
  `${coalitionName} directory (Open Referral) ${today}`;
