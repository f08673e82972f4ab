/**
 * The papers' agency fields as the pane edits them (section "Văn bản: cơ quan, Hội đồng"):
 * each change is a new settings value for `review.change`, so it is undone and saved like any
 * other. What a field left empty prints comes from the papers' own resolver (`paperAgency`).
 */
import type { AgencyPapersSetting, MemberSetting, StoredSettings } from '../domain/settings';
import { paperAgency } from '../dossier/agency';

/** The text fields of AgencyPapersSetting, in the order the pane shows them. */
export const PAPER_FIELDS = ['code', 'nameInText', 'drafter', 'meetingPlace', 'recipient', 'board', 'minister'] as const;
export type PaperField = (typeof PAPER_FIELDS)[number];
export type MemberList = 'council' | 'counting';

type Agency = NonNullable<StoredSettings['agency']>;

export const withAgency = (draft: StoredSettings, patch: Partial<Agency>): StoredSettings => ({ ...draft, agency: { ...(draft.agency ?? {}), ...patch } });

/** What the papers print for a field the clerk leaves empty: the sample's, a value derived from the letterhead, or "……". */
export function fieldDefault(agency: Agency | undefined, k: PaperField): string {
  const rest: Agency = { ...(agency ?? {}) };
  delete rest[k];
  return paperAgency(rest)[k];
}

/**
 * The members the papers print for a list: the clerk's, or (for the sample agency, none set)
 * the sample's, shown so that editing a row starts from what prints.
 */
export function membersShown(agency: Agency | undefined, list: MemberList): { members: MemberSetting[]; sample: boolean } {
  const own = agency?.[list];
  if (own?.length) return { members: own, sample: false };
  const printed = paperAgency(agency)[list];
  return { members: printed, sample: printed.length > 0 };
}

export const withMember = (draft: StoredSettings, list: MemberList, i: number, m: MemberSetting): StoredSettings =>
  withAgency(draft, { [list]: membersShown(draft.agency, list).members.map((x, j) => (j === i ? m : x)) });

export const withMemberAdded = (draft: StoredSettings, list: MemberList): StoredSettings =>
  withAgency(draft, { [list]: [...membersShown(draft.agency, list).members, { name: '', position: '', role: '' }] });

export const withMemberRemoved = (draft: StoredSettings, list: MemberList, i: number): StoredSettings =>
  withAgency(draft, { [list]: membersShown(draft.agency, list).members.filter((_, j) => j !== i) });

/** The basis typed one per line: blank lines dropped, each line trimmed. */
export const basisLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export const withBasis = (draft: StoredSettings, text: string): StoredSettings => withAgency(draft, { basis: basisLines(text) });

/** The fields of the papers' agency that are neither set nor the sample's, in the pane's order. */
export const MISSING_ORDER: (keyof AgencyPapersSetting)[] = ['code', 'nameInText', 'drafter', 'meetingPlace', 'recipient', 'board', 'minister', 'council', 'counting', 'plan'];
export const inPaneOrder = (missing: string[]): string[] => [...missing].sort((a, b) => MISSING_ORDER.indexOf(a as keyof AgencyPapersSetting) - MISSING_ORDER.indexOf(b as keyof AgencyPapersSetting));
