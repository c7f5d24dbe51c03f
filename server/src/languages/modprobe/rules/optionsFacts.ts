import type { Range } from 'vscode-languageserver-types';
import { OPTIONS_KIND } from '../commandTable';
import { findModule, findNormalisedParam, normaliseModuleName, type KernelModule, type ModuleParam } from '../moduleParams';
import { parameterAt, parameterNameRange, parameterValueRange, type ModprobeFile } from '../parser';
import { valueProblem } from './valueProblem';
import { perObjectCache } from '../../../service/perObjectCache';

/** A parameter word of an options command: which command, which parameter (0 = after the module name), of which module. */
export interface ParameterRef {
  command: number;
  param: number;
  module: KernelModule;
}

export interface UnlistedParameter extends ParameterRef {
  /** The name as written. */
  name: string;
  /** The module's parameter of that name when it has one only on some architectures; undefined when it has none. */
  known: ModuleParam | undefined;
}

export interface InvalidValue extends ParameterRef {
  problem: string;
  hasEquals: boolean;
}

/**
 * What the options rules need from every parameter of the file, read in one pass and kept only for
 * the few parameters a rule may report: a valid file keeps nothing per line. Depends on the text only.
 */
export interface OptionsFacts {
  /**
   * Parameters of a known module that it does not have, or has only on some architectures, in file
   * order: command, parameter and the index of the module's parameter (-1 when none), with the module
   * in unlistedModules. Numbers rather than an object and a name per parameter: a file of 100,000
   * unknown names kept them all through the validation, most of them never reported.
   */
  unlisted: number[];
  unlistedModules: KernelModule[];
  /** Parameters whose value the module refuses, in file order. */
  invalid: InvalidValue[];
  /** The last `options kvm` command with a module name, or -1. */
  lastKvm: number;
  /** The last halt_poll_ns (or halt-poll-ns) of an `options kvm` line: command and parameter, or -1. */
  haltPollCommand: number;
  haltPollParam: number;
}

const factsOf = perObjectCache<ModprobeFile, OptionsFacts>('factsOf');

export function optionsFacts(file: ModprobeFile): OptionsFacts {
  let facts = factsOf.get(file);
  if (!facts) factsOf.set(file, (facts = readFacts(file)));
  return facts;
}

function readFacts(file: ModprobeFile): OptionsFacts {
  const { table } = file;
  const facts: OptionsFacts = { unlisted: [], unlistedModules: [], invalid: [], lastKvm: -1, haltPollCommand: -1, haltPollParam: -1 };
  for (let command = 0; command < table.count; command += 1) {
    if (table.kind(command) !== OPTIONS_KIND || table.argCount(command) === 0) continue;
    const moduleName = table.wordText(command, 1);
    const kvm = moduleName === 'kvm';
    if (kvm) facts.lastKvm = command;
    const module = findModule(moduleName);
    if (!module) continue;
    const params = table.argCount(command) - 1;
    for (let param = 0; param < params; param += 1) {
      const span = parameterAt(table, command, param);
      const wanted = normaliseModuleName(span.name);
      if (kvm && wanted === 'halt_poll_ns') {
        facts.haltPollCommand = command;
        facts.haltPollParam = param;
      }
      const info = findNormalisedParam(module, wanted);
      if (!info || info.arch) {
        facts.unlisted.push(command, param, info ? module.params.indexOf(info) : -1);
        facts.unlistedModules.push(module);
      }
      const problem = info ? valueProblem(info, span) : undefined;
      if (problem) facts.invalid.push({ command, param, module, problem, hasEquals: span.hasEquals });
    }
  }
  return facts;
}

/** Entry `index` of facts.unlisted, with its name read again. */
export function unlistedParameter(file: ModprobeFile, facts: OptionsFacts, index: number): UnlistedParameter {
  const command = facts.unlisted[3 * index];
  const param = facts.unlisted[3 * index + 1];
  const known = facts.unlisted[3 * index + 2];
  const module = facts.unlistedModules[index];
  return { command, param, module, name: parameterAt(file.table, command, param).name, known: known < 0 ? undefined : module.params[known] };
}

/** The range of the name of a parameter a rule reports. */
export function nameRangeOf(file: ModprobeFile, ref: { command: number; param: number }): Range {
  return parameterNameRange(file.table, ref.command, parameterAt(file.table, ref.command, ref.param));
}

/** The range of the unquoted value of a parameter a rule reports (where it would go when empty). */
export function valueRangeOf(file: ModprobeFile, ref: { command: number; param: number }): Range {
  return parameterValueRange(file.table, ref.command, parameterAt(file.table, ref.command, ref.param));
}
