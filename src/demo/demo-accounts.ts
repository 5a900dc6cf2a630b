import type { Constituency, Role } from '../participants/participant.constants';

/**
 * Demo accounts of the Mechelen 2017 conference. Fictional people except the two moderators
 * named in the 2017 announcement. They all share one access code, printed at start-up; the
 * demo is never loaded in production unless DEMO=1 is set explicitly.
 */
export const DEMO_ACCESS_CODE = 'mechelen-2017';
export const DEMO_EMAIL_DOMAIN = 'demo.agora.example';

export interface DemoAccount {
  key: string;
  name: string;
  organisation: string;
  constituency: Constituency;
  country: string;
  city: string;
  role: Role;
  language: 'en' | 'fr' | 'es';
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'secretariat',
    name: 'Conference Secretariat',
    organisation: 'Government of Belgium',
    constituency: 'national_government',
    country: 'BE',
    city: 'Brussels',
    role: 'secretariat',
    language: 'en',
  },
  {
    key: 'mohamed.boussraoui',
    name: 'Mohamed Boussraoui',
    organisation: 'United Cities and Local Governments',
    constituency: 'international_organisation',
    country: 'ES',
    city: 'Barcelona',
    role: 'moderator',
    language: 'fr',
  },
  {
    key: 'emilia.saiz',
    name: 'Emilia Saiz',
    organisation: 'United Cities and Local Governments',
    constituency: 'international_organisation',
    country: 'ES',
    city: 'Barcelona',
    role: 'moderator',
    language: 'es',
  },
  {
    key: 'lucas.peeters',
    name: 'Lucas Peeters',
    organisation: 'City of Mechelen',
    constituency: 'local_government',
    country: 'BE',
    city: 'Mechelen',
    role: 'delegate',
    language: 'fr',
  },
  {
    key: 'amina.diallo',
    name: 'Amina Diallo',
    organisation: 'City of Dakar',
    constituency: 'local_government',
    country: 'SN',
    city: 'Dakar',
    role: 'delegate',
    language: 'fr',
  },
  {
    key: 'ahmed.benali',
    name: 'Ahmed Benali',
    organisation: 'Municipality of Tangier',
    constituency: 'local_government',
    country: 'MA',
    city: 'Tangier',
    role: 'delegate',
    language: 'fr',
  },
  {
    key: 'sofia.martinez',
    name: 'Sofía Martínez',
    organisation: 'State Government of Jalisco',
    constituency: 'regional_government',
    country: 'MX',
    city: 'Guadalajara',
    role: 'delegate',
    language: 'es',
  },
  {
    key: 'karin.johansson',
    name: 'Karin Johansson',
    organisation: 'Ministry of Justice',
    constituency: 'national_government',
    country: 'SE',
    city: 'Stockholm',
    role: 'delegate',
    language: 'en',
  },
  {
    key: 'elodie.laurent',
    name: 'Élodie Laurent',
    organisation: 'International Organization for Migration',
    constituency: 'international_organisation',
    country: 'CH',
    city: 'Geneva',
    role: 'delegate',
    language: 'fr',
  },
  {
    key: 'jean-baptiste.mukendi',
    name: 'Jean-Baptiste Mukendi',
    organisation: 'Réseau Solidarité Migrants',
    constituency: 'civil_society',
    country: 'CD',
    city: 'Kinshasa',
    role: 'delegate',
    language: 'fr',
  },
  {
    key: 'ana.costa',
    name: 'Ana Costa',
    organisation: 'Missão Paz',
    constituency: 'civil_society',
    country: 'BR',
    city: 'São Paulo',
    role: 'delegate',
    language: 'es',
  },
  {
    key: 'maria.santos',
    name: 'Maria Santos',
    organisation: 'Filipino Migrant Workers Network',
    constituency: 'migrant_diaspora_organisation',
    country: 'PH',
    city: 'Manila',
    role: 'delegate',
    language: 'en',
  },
  {
    key: 'yusuf.demir',
    name: 'Yusuf Demir',
    organisation: 'Diaspora Council of Ghent',
    constituency: 'migrant_diaspora_organisation',
    country: 'BE',
    city: 'Ghent',
    role: 'delegate',
    language: 'en',
  },
  {
    key: 'hana.kim',
    name: 'Hana Kim',
    organisation: 'Seoul National University',
    constituency: 'academia',
    country: 'KR',
    city: 'Seoul',
    role: 'delegate',
    language: 'en',
  },
  {
    key: 'daniel.okafor',
    name: 'Daniel Okafor',
    organisation: 'Lagos Chamber of Commerce',
    constituency: 'private_sector',
    country: 'NG',
    city: 'Lagos',
    role: 'delegate',
    language: 'en',
  },
  {
    key: 'room.screen',
    name: 'Room screen',
    organisation: 'Conference Secretariat',
    constituency: 'national_government',
    country: 'BE',
    city: 'Mechelen',
    role: 'observer',
    language: 'en',
  },
];

export function demoEmail(key: string): string {
  return `${key}@${DEMO_EMAIL_DOMAIN}`;
}
