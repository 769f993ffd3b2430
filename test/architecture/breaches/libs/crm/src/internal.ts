export const enterpriseName = 'x';
