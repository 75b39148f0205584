/** Training's queries and exports (the prints are added in export/). */
export const trainingMethods = {};
