# One image for the api and the worker (the command picks which one runs).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-slim
# Apertium puts French text in English for the worker's sentence encoder (libs/semantic).
RUN apt-get update && apt-get install -y --no-install-recommends apertium-fr-es apertium-eng-spa && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The V8 flags of scripts/node-flags.ts.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 NODE_OPTIONS=--max-semi-space-size=8
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
