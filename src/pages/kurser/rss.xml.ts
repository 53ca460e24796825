/** The courses-and-events feed in Swedish; the address is checked against the registry in tests/unit/course-routes.test.ts. */
import type { APIRoute } from 'astro';
import { courseFeedResponse } from '../../data/course-feed.ts';

export const GET: APIRoute = ({ site }) => courseFeedResponse('sv', site);
