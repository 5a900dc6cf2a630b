import { Injectable } from '@nestjs/common';
import gcmObjectives from './data/gcm-objectives.json';
import gcmThematicSessions from './data/gcm-thematic-sessions-2017.json';
import type { Framework, FrameworkTheme } from './framework.types';

/** Frameworks are data (copied from the shared conference data), not code: add a JSON file to add one. */
const FRAMEWORKS: readonly Framework[] = [gcmObjectives, gcmThematicSessions];

@Injectable()
export class FrameworksService {
  private readonly byId = new Map(FRAMEWORKS.map((f) => [f.id, f]));

  list(): readonly Framework[] {
    return FRAMEWORKS;
  }

  get(id: string): Framework | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Themes in the framework's own order (the outcome document's chapter order). */
  themes(id: string): readonly FrameworkTheme[] {
    return this.byId.get(id)?.themes ?? [];
  }

  /** Codes of `codes` that are not themes of the framework. */
  unknownThemes(id: string, codes: string[]): string[] {
    const known = new Set(this.themes(id).map((t) => t.code));
    return codes.filter((c) => !known.has(c));
  }
}
