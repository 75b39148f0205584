import type { z } from 'zod';
import { labelledEnum } from './labels';

/**
 * The kinds of partner a CIT program brings to the table. Every partner the CIT literature names
 * has a place here, so the coverage panel can say who is still missing.
 */
export const Sector = labelledEnum(
  [
    'law-enforcement',
    'dispatch',
    'ems-fire',
    'mental-health',
    'hospital',
    'advocacy',
    'peer',
    'family',
    'courts',
    'government',
    'social-services',
    'community',
    'education',
    'other',
  ],
  {
    'law-enforcement': 'Law enforcement (police, sheriff)',
    dispatch: 'Dispatch / 911',
    'ems-fire': 'EMS / fire',
    'mental-health': 'Mental health provider (clinicians, crisis services)',
    hospital: 'Hospital / health care',
    advocacy: 'NAMI or other advocacy group',
    peer: 'Peer (lived experience)',
    family: 'Family member',
    courts: 'Courts (judge, prosecutor, public defender)',
    government: 'Elected official / local government',
    'social-services': 'Social services',
    community: 'Community organization / faith',
    education: 'Schools / university',
    other: 'Other',
  },
);
export type Sector = z.infer<typeof Sector>;
