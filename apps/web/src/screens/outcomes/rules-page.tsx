import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { ContractRules } from './contract-rules.tsx';
import { yuan } from './money.ts';

type View = Awaited<ReturnType<typeof api.consequenceEngine.rules.query>>;
type Rules = View['rules'];
type Band = Rules['scoreBands'][number];
type Backtest = Awaited<ReturnType<typeof api.consequenceEngine.backtest.query>>;

/** Bands as editable text, one per line: "from, name, yuan". */
const bandsText = (bands: readonly Band[]) =>
  bands.map((b) => `${b.from}, ${b.name}, ${b.amountFen / 100}`).join('\n');
const parseBands = (text: string): Band[] =>
  text
    .split('\n')
    .map((l) => l.split(/[,，]/).map((x) => x.trim()))
    .filter((p) => p.length >= 3 && p[0] !== '')
    .map(([from, name, amount]) => ({
      from: Number(from),
      name: name!,
      amountFen: Math.round(Number(amount) * 100),
    }));

/** The tenant's consequence rules, back-tested over the past before they are adopted. */
export default function RulesPage() {
  const view = createLoader(() => api.consequenceEngine.rules.query());
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('out.rules')}</h1>
        <p class="lead">{t('out.rules.lead')}</p>
      </header>
      <Loaded loader={view}>{(v) => <RulesForm view={v()} onSaved={() => view.reload()} />}</Loaded>
      <ContractRules />
    </div>
  );
}

function RulesForm(props: { view: View; onSaved: () => Promise<void> }) {
  const auth = useAuth();
  const r = props.view.rules;
  const [quarters, setQuarters] = createSignal(r.terminationQuarters);
  const [years, setYears] = createSignal(r.terminationYears);
  const [failures, setFailures] = createSignal(r.exitWarningAfterFailures);
  const [retender, setRetender] = createSignal(r.retenderAfterYears);
  const [appealDays, setAppealDays] = createSignal(props.view.appealWorkingDays);
  const [tiers, setTiers] = createSignal(bandsText(r.satisfactionTiers));
  const [bands, setBands] = createSignal(bandsText(r.scoreBands));
  const [result, setResult] = createSignal<Backtest | null>(null);
  const [saved, setSaved] = createSignal(false);
  const rules = (): Rules => ({
    ...r,
    terminationQuarters: quarters(),
    terminationYears: years(),
    exitWarningAfterFailures: failures(),
    retenderAfterYears: retender(),
    satisfactionTiers: parseBands(tiers()),
    scoreBands: parseBands(bands()),
  });
  const backtest = createAction(async () =>
    setResult(await api.consequenceEngine.backtest.query({ rules: rules() })),
  );
  const save = createAction(async () => {
    await api.consequenceEngine.setRules.mutate({ rules: rules(), appealWorkingDays: appealDays() });
    setSaved(true);
    await props.onSaved();
  });
  const num = (label: MessageKey, get: () => number, set: (n: number) => void, field: string) => (
    <Field
      label={t(label)}
      errors={[...backtest.fieldErrors(`rules.${field}`), ...save.fieldErrors(`rules.${field}`)]}
    >
      {(ids) => (
        <input
          id={ids.id}
          type="number"
          min={1}
          value={get()}
          onInput={(e) => set(Number(e.currentTarget.value))}
        />
      )}
    </Field>
  );
  const totals = (k: 'before' | 'after') => result()!.totals[k] as Record<string, number>;
  return (
    <>
      <section class="card">
        <form class="form" onSubmit={(e) => e.preventDefault()}>
          <FormAlert message={backtest.message() ?? save.message()} />
          {num('out.rules.termination_quarters', quarters, setQuarters, 'terminationQuarters')}
          {num('out.rules.termination_years', years, setYears, 'terminationYears')}
          {num('out.rules.exit_failures', failures, setFailures, 'exitWarningAfterFailures')}
          {num('out.rules.retender_years', retender, setRetender, 'retenderAfterYears')}
          {num('out.rules.appeal_days', appealDays, setAppealDays, 'appealWorkingDays')}
          <Field label={t('out.rules.tiers')} errors={[]}>
            {(ids) => (
              <textarea
                id={ids.id}
                rows={5}
                value={tiers()}
                onInput={(e) => setTiers(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t('out.rules.bands')} errors={[]}>
            {(ids) => (
              <textarea
                id={ids.id}
                rows={5}
                value={bands()}
                onInput={(e) => setBands(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <button
              type="button"
              class="button button-primary"
              disabled={backtest.pending()}
              onClick={() => void backtest.run()}
            >
              {t('out.rules.backtest')}
            </button>
            <Show when={auth.can('consequences.rules')}>
              <button type="button" class="button" disabled={save.pending()} onClick={() => void save.run()}>
                {t('out.rules.save')}
              </button>
            </Show>
            <Show when={saved()}>
              <span class="hint" role="status">
                {t('out.rules.saved')}
              </span>
            </Show>
          </div>
        </form>
      </section>
      <Show when={result()}>
        <section class="card" data-testid="backtest">
          <table class="survey-table">
            <thead>
              <tr>
                <th />
                <th>{t('out.bt.before')}</th>
                <th>{t('out.bt.after')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>{t('out.bt.reward')}</td>
                <td>{yuan(totals('before').rewardFen)}</td>
                <td>{yuan(totals('after').rewardFen)}</td>
              </tr>
              <tr>
                <td>{t('out.bt.deduction')}</td>
                <td>{yuan(totals('before').deductionFen)}</td>
                <td>{yuan(totals('after').deductionFen)}</td>
              </tr>
              <For
                each={
                  [
                    ['terminations', 'out.bt.terminations'],
                    ['exitWarnings', 'out.bt.exit'],
                    ['retenders', 'out.bt.retender'],
                    ['exits', 'out.bt.exits'],
                  ] as const
                }
              >
                {([key, label]) => (
                  <tr>
                    <td>{t(label)}</td>
                    <td>{totals('before')[key] ?? 0}</td>
                    <td>{totals('after')[key] ?? 0}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <h2>{t('out.bt.diff', { n: result()!.differences.length })}</h2>
          <ul>
            <For each={result()!.differences}>
              {(d) => (
                <li>
                  {t(`out.bt.change.${d.change}` as MessageKey)} · {d.contractCode} · {d.key}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}
