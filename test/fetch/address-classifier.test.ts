import { describe, expect, it } from 'vitest';
import { isPrivateAddress, isPrivateHostname, parseIpv4 } from '../../src/fetch/address-classifier.ts';

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '');

describe('address classifier', () => {
  it('refuses loopback, private, link-local, CGNAT, metadata and multicast IPv4', () => {
    for (const address of ['127.0.0.1', '127.8.9.1', '10.0.0.5', '172.16.3.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255']) {
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: true });
    }
  });

  it('allows public IPv4 such as a Vietnamese news host', () => {
    for (const address of ['113.160.1.1', '8.8.8.8', '172.32.0.1', '100.128.0.1']) {
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: false });
    }
  });

  it('reads numeric notations of 127.0.0.1 both directly and through the URL parser', () => {
    for (const notation of ['2130706433', '0x7f.1', '017700000001', '0x7f000001', '127.1']) {
      expect(parseIpv4(notation)).toEqual([127, 0, 0, 1]);
      expect(isPrivateAddress(hostOf(`http://${notation}/`))).toBe(true);
    }
  });

  it('refuses private IPv6, IPv4-mapped, NAT64 and 6to4 forms of private IPv4', () => {
    for (const address of ['::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', hostOf('http://[::ffff:169.254.169.254]/')]) {
      expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: true });
    }
  });

  it('allows public IPv6', () => {
    expect(isPrivateAddress('2001:ee0:4141::1')).toBe(false);
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false);
  });

  it('refuses names that always mean this machine or an internal network', () => {
    expect(isPrivateHostname('localhost')).toBe(true);
    expect(isPrivateHostname('feeds.localhost')).toBe(true);
    expect(isPrivateHostname('metadata.google.internal')).toBe(true);
    expect(isPrivateHostname('vnexpress.net')).toBe(false);
  });
});
