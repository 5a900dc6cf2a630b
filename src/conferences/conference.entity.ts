import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import type { AdoptionRule, ConferenceTranslations } from '#contract';
import type { Language } from '#contract';

export type { AdoptionRule, ConferenceTranslations } from '#contract';

export const DEFAULT_ADOPTION_RULE: AdoptionRule = { minVotes: 5, minSupportShare: 0.6 };

/** What `translations` accepts: one text per language, or a list for hosts and partners. */
export const CONFERENCE_TRANSLATED_TEXTS = [
  'title',
  'targetProcess',
  'introduction',
  'city',
] as const;
export const CONFERENCE_TRANSLATED_LISTS = ['hosts', 'partners'] as const;

@Entity('conferences')
export class Conference extends BaseEntity {
  @Index('UQ_conferences_slug', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  /** IANA time zone of the venue, for showing session times. */
  @Column({ type: 'varchar', length: 60, default: 'UTC' })
  timezone: string;

  /** Calendar dates, YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  startsOn: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn: string;

  /** Id of a framework of `GET /frameworks`. */
  @Column({ type: 'varchar', length: 80 })
  framework: string;

  @Column({ type: 'simple-json' })
  languages: Language[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  targetProcess: string | null;

  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  @Column({ type: 'simple-json', nullable: true })
  hosts: string[] | null;

  @Column({ type: 'simple-json', nullable: true })
  partners: string[] | null;

  @Column({ type: 'simple-json' })
  adoptionRule: AdoptionRule;

  @Column({ type: 'simple-json', nullable: true })
  translations: ConferenceTranslations | null;
}
