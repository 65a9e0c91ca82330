import { beforeEach, describe, expect, it } from 'vitest';
import { recommend } from '../../src/logic/recommend.ts';
import ENGLISH from '../../src/locale/en/index.ts';
import { recommendationFor } from '../../src/state/recommendation.ts';
import { createWizardStore, selectActions, selectCanGoBack, selectReturnToResult, firstStepFor, stepNumber, totalSteps } from '../../src/state/store.ts';

const store = createWizardStore();

beforeEach(() => {
  // zustand's testing guide: every test starts from the store's initial state.
  store.setState(store.getInitialState(), true);
});

describe('the wizard store', () => {
  it('starts on the intro with no answers', () => {
    expect(store.getState().step).toBe('intro');
    expect(store.getState().answers).toEqual({});
  });

  it('walks from the intro through the eight questions and the provider question to the result', () => {
    const { start, next } = store.getState().actions;
    start();
    const seen = [store.getState().step];
    for (let i = 0; i < 9; i += 1) {
      next();
      seen.push(store.getState().step);
    }
    expect(seen).toEqual(['devices', 'sharing', 'threat', 'backups', 'deviceSecurity', 'provider', 'storage', 'retention', 'service', 'result']);
  });

  it('does not ask for the provider where the host names its own servers', () => {
    const hosted = createWizardStore({ askService: false });
    const { start, next, back } = hosted.getState().actions;
    start();
    for (let i = 0; i < 8; i += 1) next();
    expect(hosted.getState().step).toBe('result');
    back();
    expect(hosted.getState().step).toBe('retention');
    // A link or a history entry that names the provider step opens the result instead.
    hosted.getState().actions.restore({ devices: 'one' }, 'service');
    expect(hosted.getState().step).toBe('result');
    expect(createWizardStore({ askService: false, step: 'service' }).getState().step).toBe('result');
  });

  it('stops asking for the provider when the host names its servers while the person is on that step', () => {
    const { start, next, chooseService, setAskService } = store.getState().actions;
    start();
    for (let i = 0; i < 8; i += 1) next();
    chooseService('gmail');
    expect(store.getState().step).toBe('service');
    setAskService(false);
    expect(store.getState().step).toBe('result');
    expect(store.getState().answers.service).toBe('gmail');
  });

  it('skipping the provider question leaves no provider', () => {
    const { chooseService, change, skip } = store.getState().actions;
    chooseService('icloud');
    change('service');
    skip();
    expect(store.getState().answers.service).toBeUndefined();
    expect(store.getState().step).toBe('result');
  });

  it('goes back one question at a time, and from the first question to the intro', () => {
    const { start, next, back } = store.getState().actions;
    start();
    next();
    back();
    expect(store.getState().step).toBe('devices');
    back();
    expect(store.getState().step).toBe('intro');
  });

  it('keeps an answer without moving on', () => {
    const { start, answer } = store.getState().actions;
    start();
    answer('devices', 'many');
    expect(store.getState()).toMatchObject({ step: 'devices', answers: { devices: 'many' } });
  });

  it('skipping removes the answer and moves on', () => {
    const { start, answer, skip } = store.getState().actions;
    start();
    answer('devices', 'many');
    skip();
    expect(store.getState().answers).toEqual({});
    expect(store.getState().step).toBe('sharing');
  });

  it('changing an answer from the result returns to the result after Next', () => {
    const { restore, change, answer, next } = store.getState().actions;
    restore({ devices: 'one' }, 'result');
    change('devices');
    expect(store.getState().step).toBe('devices');
    answer('devices', 'many');
    next();
    expect(store.getState()).toMatchObject({ step: 'result', answers: { devices: 'many' } });
  });

  it('abandoning a change from the result restores the answer as it was', () => {
    const { restore, change, answer, back } = store.getState().actions;
    restore({ devices: 'one', sharing: 'solo' }, 'result');
    change('devices');
    answer('devices', 'many');
    back();
    expect(store.getState()).toMatchObject({ step: 'result', answers: { devices: 'one', sharing: 'solo' } });
    expect(selectReturnToResult(store.getState())).toBe(false);
  });

  it('abandoning a change to a skipped question leaves it skipped', () => {
    const { restore, change, answer, back } = store.getState().actions;
    restore({ devices: 'one' }, 'result');
    change('backups');
    answer('backups', 'automatic');
    back();
    expect(store.getState().answers).toEqual({ devices: 'one' });
  });

  it('start over clears answers and returns to the intro', () => {
    const { restore, startOver } = store.getState().actions;
    restore({ devices: 'one', sharing: 'team' }, 'result');
    startOver();
    expect(store.getState()).toMatchObject({ step: 'intro', answers: {} });
  });

  it('start over also clears what a link could not say: a fresh start has no notice about an old link', () => {
    const { restore, setNotices, startOver } = store.getState().actions;
    restore({ devices: 'one' }, 'result');
    setNotices([{ kind: 'otherVersion' }]);
    expect(store.getState().notices).toHaveLength(1);
    startOver();
    expect(store.getState().notices).toEqual([]);
  });

  it('derives the recommendation from the answers and memoises it per answers object and locale', () => {
    store.getState().actions.restore({ devices: 'many', sharing: 'team' }, 'result');
    const first = recommendationFor(store.getState().answers, ENGLISH);
    expect(first).toEqual(recommend({ devices: 'many', sharing: 'team' }, ENGLISH));
    expect(recommendationFor(store.getState().answers, ENGLISH)).toBe(first);
    store.getState().actions.answer('devices', 'one');
    expect(recommendationFor(store.getState().answers, ENGLISH)).not.toBe(first);
  });

  it('keeps its actions as one object that never changes, so a component that only acts never re-renders for data', () => {
    const { actions } = store.getState();
    actions.start();
    actions.answer('devices', 'many');
    actions.setNotices([{ kind: 'otherVersion' }]);
    expect(store.getState().actions).toBe(actions);
    expect(selectActions(store.getState())).toBe(actions);
  });

  it('two stores never share state', () => {
    const other = createWizardStore();
    store.getState().actions.answer('devices', 'many');
    expect(other.getState().answers).toEqual({});
  });

  it('numbers the steps 1 to 9, or 1 to 8 without the provider question', () => {
    expect(stepNumber('devices', true)).toBe(1);
    expect(stepNumber('retention', true)).toBe(8);
    expect(stepNumber('service', true)).toBe(9);
    expect(totalSteps(true)).toBe(9);
    expect(stepNumber('retention', false)).toBe(8);
    expect(totalSteps(false)).toBe(8);
  });

  it('opens a link at the first unanswered question, or where it asks', () => {
    expect(firstStepFor({})).toBe('intro');
    expect(firstStepFor({ devices: 'one', sharing: 'solo' })).toBe('threat');
    expect(firstStepFor({ devices: 'one' }, 'result')).toBe('result');
  });

  it('without an intro starts, goes back and starts over at the first question', () => {
    const store = createWizardStore({ skipIntro: true });
    const { actions } = store.getState();
    expect(store.getState().step).toBe('devices');
    actions.back();
    expect(store.getState().step).toBe('devices');
    expect(selectCanGoBack(store.getState())).toBe(false);
    actions.next();
    expect(selectCanGoBack(store.getState())).toBe(true);
    actions.startOver();
    expect(store.getState().step).toBe('devices');
    // Set later, it moves a wizard on its intro to the first question.
    const later = createWizardStore();
    later.getState().actions.setSkipIntro(true);
    expect(later.getState().step).toBe('devices');
  });

  it('calls a result reopened only until the person does something with it', () => {
    const store = createWizardStore({ answers: { devices: 'many' }, step: 'result', reopened: true });
    expect(store.getState().reopened).toBe(true);
    store.getState().actions.chooseService('gmail');
    expect(store.getState().reopened).toBe(false);
    store.getState().actions.restore({ devices: 'one' }, 'result');
    expect(store.getState().reopened).toBe(true);
    store.getState().actions.change('devices');
    expect(store.getState().reopened).toBe(false);
  });
});
