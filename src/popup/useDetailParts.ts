import { lazyParts } from './lazy-parts';

const detailParts = lazyParts(() => import('./detail-parts'), 'the affected rows’ detail');

/** The affected rows' detail, loaded after the first paint. */
export const loadDetailParts = detailParts.load;
export const useDetailParts = detailParts.useParts;
