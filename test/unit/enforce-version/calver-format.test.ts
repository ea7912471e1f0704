import { describe, expect, it } from 'vitest';
import {
  calendarValue,
  compareCalver,
  formatCalverVersion,
  parseCalverFormat,
  parseCalverVersion,
} from '@shipshape/core/enforce-version/calver-format';

describe('calver formats', () => {
  it('reads every token and the separators', () => {
    const format = parseCalverFormat(
      'YYYY.0M.0D_MAJOR-MINOR.MICRO',
      'policy.yaml',
    );
    expect(format.tokens).toEqual([
      'YYYY',
      '0M',
      '0D',
      'MAJOR',
      'MINOR',
      'MICRO',
    ]);
    expect(parseCalverFormat('YY.MM.DD.WW.0W.0Y', 'p').tokens).toEqual([
      'YY',
      'MM',
      'DD',
      'WW',
      '0W',
      '0Y',
    ]);
  });

  it.each(['YYYY.QQ', 'YYYY/0M', 'MAJOR.MINOR', 'YYYY..0M ', ''])(
    'refuses "%s" with exit 2 naming versioning.format',
    (source) => {
      expect(() => parseCalverFormat(source, 'policy.yaml')).toThrow(
        expect.objectContaining({
          code: 'POLICY_FORMAT_INVALID',
          source: { file: 'policy.yaml', field: 'versioning.format' },
        }),
      );
    },
  );

  it('reads versions against the format, padding included', () => {
    const format = parseCalverFormat('YYYY.0M.MICRO', 'p');
    expect(parseCalverVersion(format, '2026.03.4')?.values).toEqual([
      2026, 3, 4,
    ]);
    expect(parseCalverVersion(format, '2026.3.4')).toBeUndefined();
    expect(parseCalverVersion(format, '2026.03.04')).toBeUndefined();
    expect(parseCalverVersion(format, '2026.03.4-beta.1')?.modifier).toBe(
      'beta.1',
    );
    expect(parseCalverVersion(format, 'v2026.03.4')).toBeUndefined();
    const loose = parseCalverFormat('YY.MM', 'p');
    expect(parseCalverVersion(loose, '26.3')?.values).toEqual([26, 3]);
    expect(parseCalverVersion(loose, '26.03')).toBeUndefined();
  });

  it('takes calendar values from the UTC date', () => {
    const date = new Date('2027-01-01T00:30:00+02:00'); // 31 December 22:30 UTC
    expect(calendarValue('YYYY', date)).toBe(2026);
    expect(calendarValue('0M', date)).toBe(12);
    expect(calendarValue('DD', date)).toBe(31);
    expect(calendarValue('WW', new Date('2026-01-07T00:00:00Z'))).toBe(1);
    expect(calendarValue('WW', new Date('2026-01-08T00:00:00Z'))).toBe(2);
    expect(calendarValue('0Y', new Date('2006-05-01T00:00:00Z'))).toBe(6);
  });

  it('writes values as the format spells them', () => {
    const format = parseCalverFormat('0Y.0M.MICRO', 'p');
    expect(formatCalverVersion(format, [6, 3, 0])).toBe('06.03.0');
  });

  it('orders numerically, a modifier before the plain version', () => {
    const format = parseCalverFormat('YYYY.0M.MICRO', 'p');
    const read = (text: string) => parseCalverVersion(format, text)!;
    expect(
      compareCalver(read('2026.10.0'), read('2026.09.12')),
    ).toBeGreaterThan(0);
    expect(compareCalver(read('2026.10.0-rc'), read('2026.10.0'))).toBeLessThan(
      0,
    );
    expect(compareCalver(read('2026.10.0'), read('2026.10.0'))).toBe(0);
  });
});
