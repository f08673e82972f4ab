/**
 * The agency as its papers name it: a fact the settings keep and a plan carries, apart from
 * both so that neither imports the other.
 */
export interface AgencySetting {
  parent: string;
  name: string;
  place: string;
  signerTitle: string;
  signerName: string;
}
