import { PROCUREMENT_ROUTE_LABELS, REGIME_LABELS, type Option } from '@shared/domain';
import { needsLegalGround } from '@shared/domain/option-terms';
import { ALL_LEGAL_GROUNDS, findLegalGround, noticesFor } from '@shared/law';
import { ChoiceField, SelectField } from '../../../ui/fields';
import type { OptionEditing } from './use-option-editing';

/** The procurement route, its regime and legal ground, and the notices it needs. */
export function RouteFields({ option, editing }: { option: Option; editing: OptionEditing }) {
  const grounds = ALL_LEGAL_GROUNDS.filter(
    (g) =>
      g.regime === (option.regime === 'PCR2015' ? 'PCR2015' : 'PA2023') &&
      (option.route === 'modification' ? g.kind === 'modification' : g.kind === 'direct-award'),
  );
  const ground = findLegalGround(option.legalGround);
  const notices = noticesFor(option.route, option.regime);
  return (
    <fieldset>
      <legend>Procurement route</legend>
      <div className="form-grid">
        <ChoiceField label="Route" value={option.route} labels={PROCUREMENT_ROUTE_LABELS} onCommit={(route) => editing.save({ route })} />
        <ChoiceField
          label="Regime"
          value={option.regime}
          labels={REGIME_LABELS}
          onCommit={(regime) => editing.save({ regime, legalGround: undefined })}
        />
        {needsLegalGround(option.route) && (
          <SelectField
            label="Legal ground"
            value={option.legalGround}
            emptyLabel="None recorded"
            options={grounds.map((g) => [g.code, `${g.label} (${g.citation})`] as const)}
            onCommit={(legalGround) => editing.save({ legalGround })}
          />
        )}
      </div>
      {ground && (
        <p className="hint">
          {ground.description}
          {ground.cannotBeSelfCaused ? ' Not available where the urgency comes from the trust’s own timing.' : ''}
        </p>
      )}
      {notices.length > 0 && <p className="hint">Notices required: {notices.map((n) => n.label).join('; ')}.</p>}
    </fieldset>
  );
}
