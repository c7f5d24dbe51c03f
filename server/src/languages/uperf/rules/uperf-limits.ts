import type { ValidateFunction } from 'ajv';
import { compileSchema } from '../../../formats/schemaCheck';
import schema from '../../../../../schemas/uperf-profile.schema.json';
import type { Finding } from '../../../service/types';
import type { Span, UperfFlowop, UperfProfile } from '../model';
import { finding, keptOptions, type UperfRule } from './helpers';

/*
 * uperf's fixed limits are written down once, as a JSON schema over the structure uperf builds;
 * ajv checks the parsed model and each error's instance pointer leads back to the span to mark.
 */

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= compileSchema(schema);
  return compiled;
}

interface Instance {
  model: { name?: string; groups: unknown[] };
  spans: Map<string, Span>;
}

/** The model as the schema describes it, with the span behind every JSON pointer. */
export function schemaInstance(profile: UperfProfile): Instance {
  const spans = new Map<string, Span>();
  return { model: schemaModel(profile, spans), spans };
}

/** The model alone when `spans` is undefined: the spans are only needed once the schema fails. */
function schemaModel(profile: UperfProfile, spans: Map<string, Span> | undefined): Instance['model'] {
  const model: Instance['model'] = { groups: [] };
  if (profile.profileName) {
    model.name = profile.profileName.value;
    spans?.set('/name', profile.profileName.valueSpan);
  }
  model.groups = profile.groups.map((group, g) => {
    spans?.set(`/groups/${g}`, group.token);
    spans?.set(`/groups/${g}/transactions`, group.token);
    const out: Record<string, unknown> = {};
    if (group.name) {
      out.name = group.name.value;
      spans?.set(`/groups/${g}/name`, group.name.valueSpan);
    }
    out.transactions = group.transactions.map((txn, t) => {
      spans?.set(`/groups/${g}/transactions/${t}`, txn.token);
      if (spans) txn.flowops.forEach((flowop, f) => flowopSpans(flowop, `/groups/${g}/transactions/${t}/flowops/${f}`, spans));
      return { flowops: txn.flowops.map(flowopModel) };
    });
    return out;
  });
  if (!spans) return model;
  // A transaction beyond the 100th is what to mark, not the group.
  profile.groups.forEach((group, g) => {
    if (group.transactions.length > 100) spans.set(`/groups/${g}/transactions`, group.transactions[100].token);
  });
  if (profile.groups.length > 1024) spans.set('/groups', profile.groups[1024].token);
  return model;
}

/** A flowop as the schema sees it: its kept option pieces. No closure here: this runs for every flowop of every validation. */
function flowopModel(flowop: UperfFlowop): { options: string[] } {
  const { options } = flowop;
  let kept = 0;
  for (let i = 0; i < options.length; i += 1) if (!options[i].dropped) kept += 1;
  const texts = new Array<string>(kept);
  for (let i = 0, k = 0; i < options.length; i += 1) if (!options[i].dropped) texts[k++] = options[i].text;
  return { options: texts };
}

function flowopSpans(flowop: UperfFlowop, base: string, spans: Map<string, Span>): void {
  spans.set(`${base}/options`, flowop.optionAttributes[0]?.span ?? flowop.token);
  keptOptions(flowop).forEach((option, o) => spans.set(`${base}/options/${o}`, option.span));
}

export const limits: UperfRule = {
  id: 'uperf-limits',
  defaultSeverity: 'error',
  summary: "uperf's fixed limits (schemas/uperf-profile.schema.json): 100 transactions per group, 1024 groups, 100 option pieces of under 100 characters, name lengths.",
  check: ({ parsed }) => {
    const validate = validator();
    if (validate(schemaModel(parsed, undefined))) return [];
    const { model, spans } = schemaInstance(parsed);
    validate(model);
    return (validate.errors ?? []).flatMap((error): Finding[] => {
      const span = spans.get(error.instancePath);
      const node = error.parentSchema as { description?: string; $comment?: string } | undefined;
      if (!span || !node?.description) return [];
      return [finding(parsed, limits.id, span, node.description, node.$comment === 'warning' ? { severity: 'warning' } : {})];
    });
  },
};
