import { throttleKey } from './client-address';

describe('throttleKey', () => {
  it('keeps an IPv4 address, also when written IPv4-mapped', () => {
    expect(throttleKey('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('puts every address of one IPv6 /64 network under one key, however it is written', () => {
    const key = '2001:db8:85a3:0::/64';
    expect(throttleKey('2001:db8:85a3::1')).toBe('2001:db8:85a3:0::/64');
    expect(throttleKey('2001:0db8:85a3:0000:ffff:1:2:3')).toBe(key);
    expect(throttleKey('2001:DB8:85A3::abcd:1%eth0')).toBe(key);
    expect(throttleKey('2001:db8:85a4::1')).not.toBe(key);
    expect(throttleKey('::1')).toBe('0:0:0:0::/64');
    expect(throttleKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });
});
