import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/core/model';
import { fromComponentStatus, fromImpact, isAffected, SEVERITY_ORDER, worst } from '../../../src/core/severity';

describe('severity order', () => {
  it('runs from operational to major outage, as the design says', () => {
    expect(SEVERITY_ORDER).toEqual(['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage']);
  });

  it('takes the worst signal', () => {
    expect(worst(['degraded', 'major_outage', 'operational'])).toBe('major_outage');
    expect(worst(['maintenance', 'operational'])).toBe('maintenance');
    expect(worst(['degraded', 'maintenance'])).toBe('degraded');
  });

  it('never lets unknown win or hide a real signal', () => {
    expect(worst(['unknown', 'degraded'])).toBe('degraded');
    expect(worst(['unknown'])).toBe('operational');
    expect(worst([])).toBe('operational');
  });

  it('counts degraded and worse as affected, but not maintenance or unknown', () => {
    expect((['degraded', 'partial_outage', 'major_outage'] as Severity[]).every(isAffected)).toBe(true);
    expect((['operational', 'maintenance', 'unknown'] as Severity[]).some(isAffected)).toBe(false);
  });
});

describe('platform words', () => {
  it('maps indicator and impact words', () => {
    expect(['none', 'maintenance', 'minor', 'major', 'critical'].map(fromImpact)).toEqual([
      'operational',
      'maintenance',
      'degraded',
      'partial_outage',
      'major_outage',
    ]);
  });

  it('maps component words of Statuspage and incident.io', () => {
    expect(
      ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage', 'full_outage'].map(
        fromComponentStatus,
      ),
    ).toEqual(['operational', 'maintenance', 'degraded', 'partial_outage', 'major_outage', 'major_outage']);
  });

  it('reads a word it does not know as unknown, never as an outage', () => {
    expect(fromImpact('catastrophic')).toBe('unknown');
    expect(fromComponentStatus('constructor')).toBe('unknown');
    expect(fromImpact(undefined)).toBe('unknown');
  });
});
