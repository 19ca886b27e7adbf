import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { api } from '../../lib/trpc.ts';
import { FormNotice } from '../../shell/form.tsx';
import { type ContractFields, ContractForm } from './contract-form.tsx';
import type { ContractSectionProps } from './contract-sections.ts';

/** Admins change the contract's terms, weights and status here; every change is audited. */
export default function ContractEditSection(props: ContractSectionProps) {
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const update = createAction(async (fields: ContractFields) => {
    await api.contracts.update.mutate({ id: props.contract.id, ...fields });
    setEditing(false);
    setSaved(true);
    await props.reload();
    return true;
  });
  return (
    <section class="card" aria-labelledby="contract-edit-title" data-section="edit">
      <h2 id="contract-edit-title" class="card-title">
        {t('contracts.edit')}
      </h2>
      <FormNotice message={saved() && t('contracts.saved')} />
      <Show
        when={editing() && props.options}
        fallback={
          <button type="button" class="button" onClick={() => setEditing(true)}>
            {t('contracts.edit')}
          </button>
        }
      >
        {(options) => (
          <ContractForm
            initial={props.contract}
            options={options()}
            action={update}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(false)}
          />
        )}
      </Show>
    </section>
  );
}
