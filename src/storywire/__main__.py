from storywire.cli import main

main()
