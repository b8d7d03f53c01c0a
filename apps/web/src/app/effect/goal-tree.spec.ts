import { Indicator } from './effect.models';
import { goalTree, inTreeOrder, latestValue, withIndicator, withValue } from './goal-tree';

const g = (id: string, level: 'municipal' | 'committee', parentId: string | null = null) => ({ id, level, parentId });

describe('goalTree', () => {
  const goals = [g('A', 'municipal'), g('a1', 'committee', 'A'), g('B', 'municipal'), g('x', 'committee'), g('a2', 'committee', 'A'), g('b1', 'committee', 'B'), g('y', 'committee', 'gone')];

  it('puts each committee goal under its Odensemål, keeping the API order', () => {
    const tree = goalTree(goals);
    expect(tree.branches.map((b) => [b.goal.id, b.children.map((c) => c.id)])).toEqual([
      ['A', ['a1', 'a2']],
      ['B', ['b1']],
    ]);
  });

  it('keeps committee goals without a known Odensemål apart, so none is lost', () => {
    expect(goalTree(goals).loose.map((l) => l.id)).toEqual(['x', 'y']);
    expect(inTreeOrder(goals).map((l) => l.id)).toEqual(['A', 'a1', 'a2', 'B', 'b1', 'x', 'y']);
  });
});

const value = (year: number, version = 1) => ({ year, value: String(year), sourceNote: null, assessment: null, status: null, version, updatedAt: '', updatedBy: '' });

describe('latestValue', () => {
  it('is the newest year, or null without values', () => {
    expect(latestValue({ values: [value(2016), value(2018)] })?.year).toBe(2018);
    expect(latestValue({ values: [] })).toBeNull();
  });
});

describe('withValue and withIndicator', () => {
  it('puts a new year in its place and replaces a saved one', () => {
    const indicator = { values: [value(2016), value(2018)] };
    expect(withValue(indicator, value(2017)).values.map((v) => v.year)).toEqual([2016, 2017, 2018]);
    expect(withValue(indicator, value(2018, 2)).values.map((v) => [v.year, v.version])).toEqual([[2016, 1], [2018, 2]]);
    expect(indicator.values).toHaveLength(2);
  });

  it('adds a new indicator last and replaces a known one in place', () => {
    const ind = (id: string, version = 1) => ({ id, version }) as Indicator;
    const goal = { indicators: [ind('a'), ind('b')] };
    expect(withIndicator(goal, ind('c')).indicators.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(withIndicator(goal, ind('a', 2)).indicators.map((i) => [i.id, i.version])).toEqual([['a', 2], ['b', 1]]);
  });
});
