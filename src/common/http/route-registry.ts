import type { FastifyInstance, RouteOptions } from 'fastify';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const REGISTRY = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Records every route Fastify registers, so the authorisation matrix test can check that none is forgotten. */
export function recordRoute(fastify: FastifyInstance, route: RouteOptions): void {
  const list = REGISTRY.get(fastify) ?? [];
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const method of methods) list.push({ method: String(method), url: route.url });
  REGISTRY.set(fastify, list);
}

export function registeredRoutes(fastify: FastifyInstance): RegisteredRoute[] {
  return [...(REGISTRY.get(fastify) ?? [])];
}
