import type { ColumnKind } from '../../../shared/model/column';

export interface TimelineSource {
  /** REST endpoint that pages this timeline (`untilId` older, `sinceId` newer, oldest first). */
  endpoint: 'notes/timeline' | 'notes/local-timeline' | 'notes/hybrid-timeline' | 'notes/global-timeline';
  /** Streaming channel that delivers its new notes. */
  channel: 'homeTimeline' | 'localTimeline' | 'hybridTimeline' | 'globalTimeline';
}

const sources: Partial<Record<ColumnKind, TimelineSource>> = {
  home: { endpoint: 'notes/timeline', channel: 'homeTimeline' },
  local: { endpoint: 'notes/local-timeline', channel: 'localTimeline' },
  social: { endpoint: 'notes/hybrid-timeline', channel: 'hybridTimeline' },
  global: { endpoint: 'notes/global-timeline', channel: 'globalTimeline' },
};

export const timelineSourceFor = (kind: ColumnKind): TimelineSource | undefined => sources[kind];
