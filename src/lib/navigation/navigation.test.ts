import { describe, expect, it } from 'vitest';

import { createMemoryNavigation, type ShouldBlock } from './navigation';

const leavingPage: ShouldBlock = ({ currentLocation, nextLocation }) =>
  currentLocation.pathname !== nextLocation.pathname;

function started(entries: string[]) {
  const navigation = createMemoryNavigation(entries);
  navigation.listen();
  const path = () => navigation.getState().location.pathname;
  return { navigation, path };
}

describe('navigation', () => {
  it('goes where it is sent when nothing blocks', () => {
    const { navigation, path } = started(['/a/']);
    navigation.navigator.push('/b/');
    expect(path()).toBe('/b/');
    navigation.navigator.go(-1);
    expect(path()).toBe('/a/');
  });

  it('holds a push until the person proceeds, or drops it when they stay', () => {
    const { navigation, path } = started(['/a/']);
    const unblock = navigation.block(leavingPage);

    navigation.navigator.push('/b/');
    expect(path()).toBe('/a/');
    expect(navigation.getBlocked()?.nextLocation.pathname).toBe('/b/');
    navigation.getBlocked()?.reset();
    expect(navigation.getBlocked()).toBeNull();
    expect(path()).toBe('/a/');

    navigation.navigator.replace('/c/');
    navigation.getBlocked()?.proceed();
    expect(path()).toBe('/c/');
    expect(navigation.getBlocked()).toBeNull();
    unblock();
  });

  it('lets a change of search through: the page stays', () => {
    const { navigation } = started(['/a/']);
    navigation.block(leavingPage);
    navigation.navigator.push('/a/?page=2');
    expect(navigation.getState().location.search).toBe('?page=2');
    expect(navigation.getBlocked()).toBeNull();
  });

  it('undoes Back while asking, and goes back once on proceed', () => {
    const { navigation, path } = started(['/a/', '/b/']);
    navigation.block(leavingPage);

    navigation.navigator.go(-1);
    expect(path()).toBe('/b/');
    expect(navigation.getBlocked()?.nextLocation.pathname).toBe('/a/');

    navigation.getBlocked()?.proceed();
    expect(path()).toBe('/a/');
    expect(navigation.getBlocked()).toBeNull();
    // Forward again is a new question.
    navigation.navigator.go(1);
    expect(path()).toBe('/a/');
    expect(navigation.getBlocked()?.nextLocation.pathname).toBe('/b/');
  });

  it('forgets a held navigation when the form that held it goes', () => {
    const { navigation, path } = started(['/a/']);
    const unblock = navigation.block(leavingPage);
    navigation.navigator.push('/b/');
    unblock();
    expect(navigation.getBlocked()).toBeNull();
    navigation.navigator.push('/b/');
    expect(path()).toBe('/b/');
  });

  it('tells subscribers about every change', () => {
    const { navigation } = started(['/a/']);
    let calls = 0;
    const unsubscribe = navigation.subscribe(() => (calls += 1));
    navigation.navigator.push('/b/');
    navigation.block(leavingPage);
    navigation.navigator.push('/c/');
    navigation.getBlocked()?.reset();
    unsubscribe();
    navigation.navigator.push('/d/');
    expect(calls).toBe(3);
  });
});
