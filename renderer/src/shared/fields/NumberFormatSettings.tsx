/**
 * The project's number format (issue 23 item 11): two labelled selects, the number locale and
 * the currency, that write through setNumberFormat (one undo step per choice), and a line
 * showing how figures read now. It only reads the meta: nothing here writes a default (a write
 * on render would be an undo step of its own and would clear Redo after an undo of the format).
 */
import { useId } from 'react';
import { setNumberFormat } from '../../document/actions/project';
import {
  currencyDisplayName,
  currencySymbol,
  localeDisplayName,
  numberFormatter,
  OFFERED_CURRENCIES,
  OFFERED_LOCALES,
} from '../../domain/numberFormat';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { U } from '../../i18n/ui';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../ProjectContext';
import { SelectField } from './SelectField';

/** The language the choices' names are written in: the catalogue's (English). */
const WORDS = 'en';

const withCurrent = (list: readonly string[], current: string) => (list.includes(current) ? list : [current, ...list]);

export function NumberFormatSettings() {
  const doc = useProjectDoc();
  const locale = useProject((s) => s.info.numberLocale);
  const currency = useProject((s) => s.info.currency);
  const titleId = useId();
  const locales = withCurrent(OFFERED_LOCALES, locale).map((l) => ({
    value: l,
    label: U.numberFormat.localeOption(localeDisplayName(l, WORDS), numberFormatter(l, { maximumFractionDigits: 2 }).format(1234567.89)),
  }));
  const currencies = withCurrent(OFFERED_CURRENCIES, currency).map((c) => ({
    value: c,
    label: U.numberFormat.currencyOption(currencyDisplayName(c, WORDS), c, currencySymbol(locale, c)),
  }));
  const choose = (next: { locale?: string; currency?: string }) => {
    // A refusal (a format this Baton does not know, from a newer copy) is a sentence; the example line shows the change.
    report(setNumberFormat(doc, next));
  };
  return (
    <section className="number-format-box" aria-labelledby={titleId} data-testid="number-format">
      <h2 id={titleId}>{U.numberFormat.title}</h2>
      <p className="al-intro">{U.numberFormat.intro}</p>
      <div className="al-row">
        <SelectField value={locale} label={U.numberFormat.locale} options={locales} onChange={(l) => choose({ locale: l })} testId="number-locale" />
        <SelectField value={currency} label={U.numberFormat.currency} options={currencies} onChange={(c) => choose({ currency: c })} testId="number-currency" />
      </div>
      <p className="number-format-example" data-testid="number-format-example">
        {U.numberFormat.example} <strong>{formatMoney(4_000_000)}</strong> · <strong>{formatNumber(1234.5)}</strong> · <strong>{formatPercent(35)}</strong>
      </p>
    </section>
  );
}
