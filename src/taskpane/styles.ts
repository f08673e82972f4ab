/**
 * The pane's styles, Fluent UI v9's way: `makeStyles` with design tokens only, so Office's
 * theme (light, dark, high contrast through Fluent) reaches every colour and spacing. Laid
 * out for Excel's narrowest task pane (320 px): one column, everything wraps, nothing is
 * wider than the pane.
 */
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const usePaneStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    width: '100%',
    maxWidth: '100%',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  tabs: {
    marginTop: tokens.spacingVerticalXS,
    // The steps must all stay reachable at 320 px: the list shrinks with the pane, never scrolls sideways.
    minWidth: 0,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  tab: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  pending: { color: tokens.colorNeutralForeground3, margin: 0 },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  // Paragraphs in a section are spaced by the section's gap, not by their own margins as well.
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, '& > p': { marginTop: 0, marginBottom: 0 } },
  heading: { margin: 0, scrollMarginTop: tokens.spacingVerticalXXL },
  subheading: { margin: 0, marginTop: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalS },
  /** A control that may hold long text (a column's header, a rule set's name): as wide as the pane, never wider. */
  fill: { width: '100%', minWidth: 0, maxWidth: '100%' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  plainList: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  issueLink: { textAlign: 'left' },
  /** A button whose label may be long (a paper's name): it wraps instead of widening the pane. */
  wrapButton: { textAlign: 'left', whiteSpace: 'normal', height: 'auto', minWidth: 0, maxWidth: '100%' },
  /** Data issues: one per line, no bullets (a bullet sits at the last line of a long link). */
  issueList: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  cardLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  totals: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  totalsName: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  totalsNum: {
    width: '56px',
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  accordionPanel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  hiddenInput: { display: 'none' },
  // Fluent's content reaches two pixels beyond the body (room for a focus outline it never shows here).
  dialogContent: { marginLeft: 0, marginRight: 0, paddingLeft: 0, paddingRight: 0 },
  // At 320 px Fluent centres the dialog in the window less the scrollbar's gutter, which it keeps
  // (empty) while the page behind is locked: the dialog sat 7–15 px left of the window's centre.
  // Narrow windows place it by the window's own width instead.
  dialogSurface: {
    '@media screen and (max-width: 480px)': {
      left: `${tokens.spacingHorizontalS} !important`,
      right: 'auto !important',
      width: `calc(100vw - 2 * ${tokens.spacingHorizontalS}) !important`,
      maxWidth: 'none !important',
      marginLeft: '0 !important',
      marginRight: '0 !important',
    },
  },
  hit: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2) },
});
