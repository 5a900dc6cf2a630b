export interface FrameworkTheme {
  code: string;
  number: number;
  title: string;
  shortTitle: string;
  /** Titles in other languages, when the framework data has them. */
  translations?: Record<string, { title?: string; shortTitle?: string }>;
}

export interface Framework {
  id: string;
  title: string;
  source: string;
  note?: string;
  themes: FrameworkTheme[];
}
