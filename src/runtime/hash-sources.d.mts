export declare function hashSources(root: string): Promise<string>;
