/** Data validation: `newDataValidation().requireValueInList(list, showDropdown).setAllowInvalid(b).build()`. */

import { fail, internalOf, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { displayValue } from './cell-values.ts';
import type { CellModel, ValidationModel } from './model.ts';

interface ValidationInternal {
  kind: 'validation';
  model: ValidationModel;
}

export function validationOf(env: SheetsEnv, value: unknown): ValidationModel {
  const inner = internalOf<ValidationInternal>(value);
  if (inner?.kind !== 'validation') return fail(env, 'Exception: Invalid argument: rule');
  return inner.model;
}

export function makeValidationBuilder(env: SheetsEnv): Fake {
  const state: Partial<ValidationModel> = { allowInvalid: true, helpText: null };
  return makeFake(env, SPREADSHEET_SERVICE, 'DataValidationBuilder', (self) => ({
    requireValueInList: (values: unknown, showDropdown: unknown = true) => {
      if (!Array.isArray(values) || values.length === 0) return fail(env, 'Exception: Invalid argument: values');
      state.criteria = 'VALUE_IN_LIST';
      state.values = values.map(String);
      state.showDropdown = showDropdown !== false;
      return self;
    },
    setAllowInvalid: (allow: boolean) => {
      state.allowInvalid = Boolean(allow);
      return self;
    },
    getCriteriaValues: () => (state.values ? [[...state.values], state.showDropdown] : []),
    build: () => {
      if (!state.criteria || !state.values) return fail(env, 'Exception: A data validation rule needs a criteria, such as requireValueInList.');
      return makeValidation(env, state as ValidationModel);
    },
  }));
}

export function makeValidation(env: SheetsEnv, source: ValidationModel): Fake {
  const model: ValidationModel = { ...source, values: [...source.values] };
  return makeFake(
    env,
    SPREADSHEET_SERVICE,
    'DataValidation',
    () => ({
      getCriteriaValues: () => [[...model.values], model.showDropdown],
    }),
    { internal: { kind: 'validation', model } satisfies ValidationInternal },
  );
}

/** Whether a cell's value breaks its own validation rule where the rule rejects input (a formula is never checked). */
export function violatesValidation(cell: CellModel, timeZone: string): boolean {
  const dv = cell.validation;
  if (!dv || dv.allowInvalid || cell.value === undefined || cell.formula !== undefined) return false;
  return !dv.values.includes(displayValue(cell, timeZone));
}
