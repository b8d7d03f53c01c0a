import { Client } from 'pg';

/**
 * LISTEN on one PostgreSQL channel with its own connection, reconnecting after a second
 * when the connection drops (a restarted server, a network blip). Callers must not rely on
 * it alone: notifications sent while it was disconnected are lost, so pair it with polling
 * or a re-read on reconnect (`onConnect`).
 */
export class PgListener {
  private client: Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onMessage: (payload: string) => void,
    private readonly onConnect: () => void = () => undefined,
  ) {}

  start(): void {
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    const reconnect = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (!this.closed) this.retry = setTimeout(() => void this.connect(), 1000);
    };
    this.client = client;
    client.on('error', reconnect);
    client.on('end', reconnect);
    client.on('notification', (n) => {
      if (n.channel === this.channel) this.onMessage(n.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.closed) return void client.end().catch(() => undefined);
      this.onConnect();
    } catch {
      reconnect();
    }
  }
}
