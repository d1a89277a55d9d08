import { describe, expect, it } from 'vitest';
import { entityIdSchema } from '../model/entities';
import { newId } from './newId';

describe('newId', () => {
  it('makes prefixed ids that are valid entity ids and distinct', () => {
    const ids = Array.from({ length: 2000 }, () => newId('c'));
    for (const id of ids) {
      expect(id).toMatch(/^c_[a-z0-9]{10}$/);
      expect(entityIdSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId()).toMatch(/^[a-z0-9]{10}$/);
  });
});
