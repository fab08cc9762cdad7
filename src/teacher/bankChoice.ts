/** The banks a teacher can pick from: the built-in ones, then those saved on this device. */
import type { Bank } from '../core/bank/schema';
import { parseBank } from '../core/bank/validate';
import { builtInBankIds, loadBuiltInBank } from '../services/builtInBanks';
import type { LocalBankStore } from '../services/localBanks';
import { LOCAL_PREFIX } from '../services/localBankKeys';
import { el } from './dom';

/** Follows the store: a bank saved or deleted anywhere on the page appears in or leaves every chooser. */
export function bankChoice(id: string, banks: LocalBankStore): HTMLSelectElement {
  const select = el('select', { id });
  const fill = () => {
    const chosen = select.value;
    select.replaceChildren(
      ...builtInBankIds().map((b) => el('option', { value: b, text: b })),
      ...banks.list().map((b) => el('option', { value: `${LOCAL_PREFIX}${b.id}`, text: b.title })),
    );
    if (!chosen) return;
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
    // The chosen bank is gone: whatever shows the chosen bank's questions must follow.
    else select.dispatchEvent(new Event('change'));
  };
  fill();
  banks.onChange(fill);
  return select;
}

/** The bank behind a choice from `bankChoice`, or null if it cannot be had or does not validate. */
export async function loadChosenBank(choice: string, banks: LocalBankStore): Promise<Bank | null> {
  if (choice.startsWith(LOCAL_PREFIX)) return banks.get(choice.slice(LOCAL_PREFIX.length))?.bank ?? null;
  if (!builtInBankIds().includes(choice)) return null;
  // Exports and assignments use the bank's own language: no translation needed.
  const fetched = await loadBuiltInBank(choice, null);
  if (fetched.checked) return fetched.bank;
  const parsed = parseBank(fetched.text, choice);
  return parsed.ok ? parsed.bank : null;
}
