/**
 * What the counting committee recorded, as the review read it from the tally sheet
 * ("Kiểm phiếu <year>"): the ballots, and the votes of each candidate. The Biên bản kiểm
 * phiếu is made from it.
 */
export interface TallyCandidate {
  /** The title as the tally names it (its short name: "CSTĐCS"). */
  title: string;
  name: string;
  unit?: string;
  /** Votes in favour, and out of how many (the members voting). */
  yes: number;
  of: number;
  /** yes / of, 0..1. */
  share: number;
}

export interface TallyReport {
  /** The sheet it was read from. */
  sheet: string;
  /** Ballots issued, returned, valid and invalid, where the form records them. */
  issued?: number;
  returned?: number;
  valid?: number;
  invalid?: number;
  /** Members of the council entitled to vote (the largest "of" when the form does not say). */
  members?: number;
  /** Candidates with a vote entered, in the order of the sheet. */
  candidates: TallyCandidate[];
  /** What the committee wrote of the count itself: the time and place as typed, its members (head first as listed). */
  time?: string;
  place?: string;
  committee?: { name: string; position: string; role: string }[];
  /** The counts of each ballot (title) as recorded: the council's size and the ballots issued, returned, valid, invalid. */
  ballots?: { title: string; members?: number; issued?: number; returned?: number; valid?: number; invalid?: number }[];
}

/**
 * A tie at a title's cap after the vote: people the rules cannot tell apart (same votes,
 * rating and initiatives) on both sides of the last place. Settled when the clerk marked in
 * the tally form as many of them as there are places (the chair's decision or a second round).
 */
export interface CapTie {
  /** The title's key (rule.key). */
  title: string;
  /** Places left for the tied. */
  places: number;
  /** Their common vote share, when voted. */
  share?: number;
  tied: { name: string; unit?: string; birthYear?: number }[];
  chosen?: { name: string; unit?: string; birthYear?: number }[];
  settled: boolean;
}
