import type { Page } from '@playwright/test';
import type { Assessment, Environment, MethodId } from '../../src/domain/assessment';
import { SAVED_DATA_VERSION } from '../../src/domain/saved-data';
import { STORAGE_KEY } from '../../src/state/storage-key';

/** An environment as the app saves it, with nothing answered unless `extra` says otherwise. */
export function environment(
  id: string,
  name: string,
  method: MethodId | null,
  extra: Partial<Environment> = {},
  at = Date.now(),
): Environment {
  return {
    id,
    name,
    method,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

/** An assessment as the app saves it. */
export function assessment(
  id: string,
  name: string,
  environments: Environment[],
  extra: Partial<Assessment> = {},
  at = Date.now(),
): Assessment {
  return {
    id,
    name,
    organisation: '',
    assessor: '',
    catalogueVersion: '2021.05.1',
    environments,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

/**
 * Stores assessments in the app's saved-data format before the app starts, only while the key is empty: a
 * reload, or a second tab of the same context, finds what the app saved since, as a user's would.
 */
export async function seedAssessments(page: Page, assessments: Assessment[]): Promise<void> {
  const data = {
    state: { assessments, deletedAssessments: [] },
    version: SAVED_DATA_VERSION,
  };
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify(data)] as const,
  );
}

/** The assessments stored in the browser, in the order of the index (each under its own key). */
export async function storedAssessments(page: Page): Promise<Assessment[]> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (!raw) return [];
    const { index } = JSON.parse(raw) as { index: { ids: string[] } };
    return index.ids.map(
      (id) => (JSON.parse(localStorage.getItem(`${key}.a.${id}`)!) as { assessment: Assessment }).assessment,
    );
  }, STORAGE_KEY);
}
