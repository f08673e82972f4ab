/**
 * "Đã đọc như sau" in step 1: for every field the sheet and column used (header as written),
 * how many cells were read and not, with examples; then the rows that are no person with why,
 * and the columns not used. The same report the result sheet prints (sheets/read-report.ts).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import { readReport } from '../sheets/read-report';
import { usePaneStyles } from './styles';

export function ReadingTable(props: { outcome: ReviewOutcome; lang: Lang }) {
  const { outcome, lang } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const s = usePaneStyles();
  const r = outcome.papers?.reading ?? readReport(outcome.parsed, outcome.issues, lang);
  return (
    <div className={s.section} data-reading>
      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.reading.title')}
      </Subtitle2>
      <Text as="p" block size={200}>
        {L('reading.subtitle', { people: r.people, rows: r.rows.length })}
        {r.clean ? ` ${L('pane.reading.clean')}` : ''}
      </Text>
      <Table size="small" aria-label={L('pane.reading.title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{L('reading.col.field')}</TableHeaderCell>
            <TableHeaderCell>{L('reading.col.column')}</TableHeaderCell>
            <TableHeaderCell>{L('reading.col.read')}</TableHeaderCell>
            <TableHeaderCell>{L('reading.col.notRead')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {r.lines.map((l) => (
            <TableRow key={`${l.sheet}|${l.field}|${l.column}`}>
              <TableCell>{l.label}</TableCell>
              <TableCell>{l.column ? `${l.sheet}!${l.column} – ${l.header}` : `${l.sheet}: ${l.header}`}</TableCell>
              <TableCell>{l.read}</TableCell>
              <TableCell>{l.notRead ? `${l.notRead} (${l.examples.map((e) => `"${e}"`).join(', ')})` : 0}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Accordion multiple collapsible>
        <AccordionItem value="rows">
          <AccordionHeader as="h4">{L('reading.rowsNotPeople', { count: r.rows.length })}</AccordionHeader>
          <AccordionPanel>
            {r.rows.length ? (
              <ul className={s.list}>
                {r.rows.map((x) => (
                  <li key={`${x.sheet}|${x.row}`}>{`${x.sheet}, ${L('reading.col.row').toLowerCase()} ${x.row}: ${x.reason}${x.text ? ` ("${x.text}")` : ''}`}</li>
                ))}
              </ul>
            ) : (
              <Text>{L('reading.everyRowAPerson')}</Text>
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="unused">
          <AccordionHeader as="h4">{L('reading.unused', { count: r.unused.length })}</AccordionHeader>
          <AccordionPanel>
            <ul className={s.list}>
              {r.unused.map((u) => (
                <li key={`${u.sheet}|${u.column}`}>{`${u.sheet}!${u.column} – ${u.header}`}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
